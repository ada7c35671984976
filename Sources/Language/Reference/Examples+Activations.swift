extension ReferenceExamples {
    static let activations: [String: ReferenceExample] = [
        "step": "step([-1.0, 0.0, 2.0]) //=> [0, 0.5, 1]",
        "sign": "sign([-2.0, 0.0, 3.0]) //=> [-1, 0, 1]",
        "linear": "linear(3) //=> 3",
        "piecewiseLinear": "piecewiseLinear([-1.0, 0.25, 1.0]) //=> [0, 0.75, 1]",
        "softplus": "softplus(0) //=> 0.69314718",
        "swish": "swish(1) //=> 0.73105858",
        "leakyRelu": "leakyRelu(-2, slope: 0.1) //=> -0.2",
        "elu": "elu(-1) //=> -0.63212056",
        "maxout": "maxout([1.0, 5.0], [4.0, 2.0]) //=> [4, 5]",
    ]
}
