extension ReferenceExamples {
    static let tensorMethods: [String: ReferenceExample] = [
        "Tensor.sum": """
            let m = tensor([[1, 2], [3, 4]])
            m.sum() //=> 10
            m.sum(axis: 1) //=> [3, 7]
            """,
        "Tensor.mean": "tensor([[1, 2], [3, 4]]).mean(axis: 0) //=> [2, 3]",
        "Tensor.variance": "tensor([[1, 2], [3, 6]]).variance(axis: 0) //=> [1, 4]",
        "Tensor.std": """
            let heights = tensor([1.5, 1.7, 1.9])
            heights.std() //=> 0.163299316186
            """,
        "Tensor.max": "tensor([[1, 5], [3, 4]]).max(axis: 0) //=> [3, 5]",
        "Tensor.min": "tensor([[1, 5], [3, 4]]).min() //=> 1",
        "Tensor.argmax": "tensor([0.1, 0.7, 0.2]).argmax() //=> 1",
        "Tensor.argmin": "tensor([[3, 1], [0, 2]]).argmin(axis: 1) //=> [1, 0]",
        "Tensor.norm": "tensor([3, 4]).norm() //=> 5",
        "Tensor.reshape": "arange(6.0).reshape(2, 3) //=> [[0, 1, 2], [3, 4, 5]]",
        "Tensor.flattened": "tensor([[1, 2], [3, 4]]).flattened() //=> [1, 2, 3, 4]",
        "Tensor.item": "tensor([2.5]).item() //=> 2.5",
        "Tensor.tanh": """
            tensor([0.0, 1.0]).tanh() //=> [0, 0.7615941559557649]
            let w = parameter([0.5, -0.5])
            w.tanh().sum().backward()
            w.grad //=> [0.7864477329659274, 0.7864477329659274]
            """,
        "Tensor.exp": "tensor([0.0, 1.0]).exp() //=> [1, 2.718281828459045]",
        "Tensor.log": "tensor([1.0, 4.0]).log() //=> [0, 1.3862943611198906]",
        "Tensor.sigmoid": "tensor([0.0, 1.0]).sigmoid() //=> [0.5, 0.7310585786300049]",
        "Tensor.relu": "tensor([-1.0, 2.0]).relu() //=> [0, 2]",
        "Tensor.sqrt": "tensor([4.0, 9.0]).sqrt() //=> [2, 3]",
        "Tensor.sin": "tensor([0.0, 1.0]).sin() //=> [0, 0.8414709848078965]",
        "Tensor.cos": "tensor([0.0, 1.0]).cos() //=> [1, 0.5403023058681398]",
        "Tensor.abs": "(tensor([1.0, 4.0]) - 2.5).abs() //=> [1.5, 1.5]",
        "Tensor.all": "(tensor([1.0, 4.0]) > 0).all() //=> true",
        "Tensor.any": "(tensor([1.0, 4.0]) > 3).any() //=> true",
        "Tensor.backward": """
            let w = parameter([1.0, -2.0])
            let loss = (w ** 2).sum()
            loss.backward()
            w.grad //=> [2, -4]
            """,
        "Tensor.zeroGrad": """
            let w = parameter([1.0])
            (w * 3).sum().backward()
            w.zeroGrad()
            w.grad //=> [0]
            """,
        "Tensor.detached": """
            let w = parameter([1.0, 2.0])
            let d = w.detached()
            d //=> [1, 2]
            """,
        "Tensor.toArray": "tensor([[1, 2], [3, 4]]).toArray().count //=> 2",
        "Tensor.rounded": "tensor([1.234, 5.678]).rounded(to: 1) //=> [1.2, 5.7]",
    ]
}
