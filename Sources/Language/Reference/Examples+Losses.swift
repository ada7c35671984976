extension ReferenceExamples {
    static let losses: [String: ReferenceExample] = [
        "mse": "mse([1, 2], [1, 4]) //=> 2",
        "binaryCrossEntropy": "binaryCrossEntropy([0.5, 0.9], [1, 1]) //=> 0.39925385",
        "crossEntropy": "crossEntropy(logits: tensor([[0, 0], [2, 0]]), [0, 0]) //=> 0.4100376",
        "softmax": "softmax([0, log(3)]) //=> [0.25, 0.75]",
        "hinge": "hinge([2, -0.5], [1, -1]) //=> 0.25",
        "l1": "l1([Value(-2.0), Value(3.0)]).data //=> 5",
        "l2": "l2([Value(-2.0), Value(3.0)]).data //=> 13",
        "dropout": """
            seed(0)
            let kept = dropout(ones(1000), rate: 0.5)
            kept.mean() //=> 1 ± 0.1
            """,
    ]
}
