extension ReferenceExamples {
    static let tensors: [String: ReferenceExample] = [
        "ones": "ones(2, 3).shape //=> (2, 3)",
        "zeros": "zeros(3) //=> [0, 0, 0]",
        "eye": "eye(2) //=> [[1, 0], [0, 1]]",
        "tensor": "tensor([[1, 2], [3, 4]]).shape //=> (2, 2)",
        "stack": "stack([tensor([1, 2]), tensor([3, 4])]) //=> [[1, 2], [3, 4]]",
        "concat": "concat([tensor([1, 2]), tensor([3])]) //=> [1, 2, 3]",
        "columnStack": "columnStack([tensor([1, 2]), tensor([3, 4])]) //=> [[1, 3], [2, 4]]",
        "matmul": "matmul(tensor([[1, 2], [3, 4]]), tensor([[1], [1]])) //=> [[3], [7]]",
        "dot": "dot([1, 2], [3, 4]) //=> 11",
        "norm": "norm([3, 4]) //=> 5",
        "sum": """
            let m = tensor([[1, 2], [3, 4]])
            sum(m) //=> 10
            sum(m, axis: 0) //=> [4, 6]
            """,
        "mean": "mean(tensor([[1, 2], [3, 4]]), axis: 1) //=> [1.5, 3.5]",
        "transpose": "transpose(tensor([[1, 2], [3, 4]])) //=> [[1, 3], [2, 4]]",
        "solve": """
            let A = tensor([[2.0, 1.0], [1.0, 3.0]])
            solve(A, tensor([3.0, 5.0])) //=> [0.8, 1.4]
            """,
        "inv": "inv(tensor([[4.0, 7.0], [2.0, 6.0]])) //=> [[0.6, -0.7], [-0.2, 0.4]]",
        "det": "det(tensor([[1.0, 2.0], [3.0, 4.0]])) //=> -2.0",
        "equal": "equal(tensor([1.0, 2.0]), tensor([1.0, 3.0])) //=> [1, 0]",
        "maximum": "maximum(tensor([-2.0, 0.5]), 0) //=> [0.0, 0.5]",
        "minimum": "minimum(tensor([-2.0, 0.5]), 0) //=> [-2.0, 0.0]",
        "clip": "clip(tensor([-2.0, 0.5, 3.0]), -1, 1) //=> [-1.0, 0.5, 1.0]",
        "where": """
            let t = tensor([1.0, -2.0, 3.0])
            where(t > 0, t, 0) //=> [1, 0, 3]
            """,
    ]
}
