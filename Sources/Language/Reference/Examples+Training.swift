extension ReferenceExamples {
    static let training: [String: ReferenceExample] = [
        "GD": """
            let w = Value(3.0)
            let opt = GD([w], lr: 0.1)
            let loss = w * w
            loss.backward()
            opt.step()
            w.data //=> 2.4
            """,
        "SGD": """
            let w = parameter([1.0])
            let opt = SGD(w, lr: 0.5)
            (w * w).sum().backward()
            opt.step()
            w //=> [0]
            """,
        "Momentum": """
            let w = Value(1.0)
            let opt = Momentum([w], lr: 0.1, beta: 0.9)
            for _ in 0..<2 {
                opt.zeroGrad()
                (w * w).backward()
                opt.step()
            }
            w.data //=> 0.46
            """,
        "Nesterov": """
            let w = Value(1.0)
            let opt = Nesterov([w], lr: 0.1)
            (w * w).backward()
            opt.step()
            w.data //=> 0.62
            """,
        "Adagrad": """
            let w = Value(1.0)
            let opt = Adagrad([w], lr: 0.1)
            (w * w).backward()
            opt.step()
            w.data //=> 0.9
            """,
        "RMSProp": """
            let w = Value(1.0)
            let opt = RMSProp([w], lr: 0.01)
            (w * w).backward()
            opt.step()
            w.data //=> 0.96837722
            """,
        "Adam": """
            let w = Value(1.0)
            let opt = Adam([w], lr: 0.1)
            (w * w).backward()
            opt.step()
            w.data //=> 0.9
            """,
        "timeDecay": "timeDecay(0.1, decay: 0.5)(2) //=> 0.05",
        "stepDecay": "stepDecay(0.1, factor: 0.5, every: 2)(4) //=> 0.025",
        "gradientScaled": "gradientScaled(0.1)(0, gradientNorm: 2) //=> 0.2",
        "linearDecay": "linearDecay(0.1, steps: 10)(4) //=> 0.05",
        "EarlyStopping": """
            let stopper = EarlyStopping(patience: 2)
            [1.0, 0.8, 0.9, 0.85].map { stopper.shouldStop($0) } //=> [false, false, false, true]
            """,
        "minibatches": "minibatches(5, size: 2, shuffle: false) //=> [[0, 1], [2, 3], [4]]",
        "train": """
            seed(0)
            let x = arange(6.0)
            let X = columnStack([ones(6), x])
            let y = 2 * x + 1
            let w = parameter([0.0, 0.0])
            let history = train(SGD(w, lr: 0.02), samples: 6, batchSize: 3, epochs: 3) { batch in
                ((take(X, batch) @ w - take(y, batch)) ** 2).mean()
            }
            history.epochs //=> 3
            w //=> [0.5947018, 2.0063397]
            """,
    ]
}
