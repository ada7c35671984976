extension ReferenceExamples {
    static let arrayMethods: [String: ReferenceExample] = [
        "Array.map": "[1, 2, 3].map { $0 * 10 } //=> [10, 20, 30]",
        "Array.filter": "[1, 2, 3, 4].filter { $0 % 2 == 0 } //=> [2, 4]",
        "Array.reduce": """
            [1, 2, 3].reduce(0) { $0 + $1 } //=> 6
            [1, 2, 3].reduce(into: [Int]()) { result, x in result.append(x * x) } //=> [1, 4, 9]
            """,
        "Array.enumerated": "[\"a\", \"b\"].enumerated().map { $0.0 } //=> [0, 1]",
        "Array.sum": "[0.5, 1.5, 2.0].sum() //=> 4",
        "Array.min": """
            [3, 1, 2].min() //=> 1
            ["fig", "kiwi"].min(by: { $0.count < $1.count })! //=> "fig"
            """,
        "Array.max": """
            [3, 1, 2].max() //=> 3
            ["fig", "kiwi"].max(by: { $0.count < $1.count })! //=> "kiwi"
            """,
        "Array.sorted": "[3, 1, 2].sorted() //=> [1, 2, 3]",
        "Array.reversed": "[1, 2, 3].reversed() //=> [3, 2, 1]",
        "Array.contains": """
            [1, 2, 3].contains(2) //=> true
            [1, 2, 3].contains { $0 > 2 } //=> true
            [1, 2, 3].contains(where: { $0 > 5 }) //=> false
            """,
        "Array.compactMap": """
            let ages = ["ann": 31, "bo": 25]
            ["ann", "cy", "bo"].compactMap { ages[$0] } //=> [31, 25]
            """,
        "Array.flatMap": "[[1, 2], [3]].flatMap { $0 } //=> [1, 2, 3]",
        "Array.allSatisfy": "[2, 4, 6].allSatisfy { $0 % 2 == 0 } //=> true",
        "Array.firstIndex": """
            [3, 8, 5].firstIndex(of: 5)! //=> 2
            [3, 8, 5].firstIndex(where: { $0 > 4 })! //=> 1
            """,
        "Array.lastIndex": """
            [3, 8, 5].lastIndex(where: { $0 > 4 })! //=> 2
            [3, 8, 5].lastIndex(of: 7) == nil //=> true
            """,
        "Array.swapAt": """
            var xs = [1, 2, 3]
            xs.swapAt(0, 2)
            xs //=> [3, 2, 1]
            """,
        "Array.append": """
            var losses = [0.9]
            losses.append(0.5)
            losses.append(contentsOf: [0.3, 0.2])
            losses //=> [0.9, 0.5, 0.3, 0.2]
            """,
        "Array.popLast": """
            var stack = [1, 2]
            var order: [Int] = []
            while let top = stack.popLast() { order.append(top) }
            order //=> [2, 1]
            stack.popLast() == nil //=> true
            """,
        "Array.removeLast": """
            var xs = [1, 2, 3]
            xs.removeLast() //=> 3
            xs //=> [1, 2]
            """,
        "Array.insert": """
            var xs = [1, 3]
            xs.insert(2, at: 1)
            xs //=> [1, 2, 3]
            """,
        "Array.remove": """
            var xs = [1, 2, 3]
            xs.remove(at: 0) //=> 1
            xs //=> [2, 3]
            """,
        "Array.prefix": "[1, 2, 3, 4].prefix(2) //=> [1, 2]",
        "Array.suffix": "[1, 2, 3, 4].suffix(2) //=> [3, 4]",
        "Array.dropFirst": "[1, 2, 3, 4].dropFirst() //=> [2, 3, 4]",
        "Array.dropLast": "[1, 2, 3, 4].dropLast(2) //=> [1, 2]",
        "Array.joined": "[\"x\", \"y\", \"z\"].joined(separator: \", \") //=> \"x, y, z\"",
        "Array.sort": """
            var xs = [3, 1, 2]
            xs.sort()
            xs //=> [1, 2, 3]
            xs.sort(by: >)
            xs //=> [3, 2, 1]
            """,
        "Array.reverse": """
            var xs = [1, 2, 3]
            xs.reverse()
            xs //=> [3, 2, 1]
            """,
        "Array.removeAll": """
            var xs = [1, -2, 3, -4]
            xs.removeAll { $0 < 0 }
            xs //=> [1, 3]
            xs.removeAll()
            xs.isEmpty //=> true
            """,
        "Array.removeFirst": """
            var queue = [5, 6, 7]
            queue.removeFirst() //=> 5
            queue //=> [6, 7]
            """,
        "String.prefix": "\"gradient\".prefix(4) //=> \"grad\"",
        "String.suffix": "\"lesson.md\".suffix(3) //=> \".md\"",
        "String.dropFirst": "\"#title\".dropFirst() //=> \"title\"",
        "String.dropLast": "\"lesson.md\".dropLast(3) //=> \"lesson\"",
        "String.reversed": "\"abc\".reversed() //=> \"cba\"",
        "String.split": "\"the  cat sat\".split(separator: \" \") //=> [\"the\", \"cat\", \"sat\"]",
        "String.components": "\"1,2,,4\".components(separatedBy: \",\") //=> [\"1\", \"2\", \"\", \"4\"]",
        "String.replacingOccurrences": "\"a-b-c\".replacingOccurrences(of: \"-\", with: \"+\") //=> \"a+b+c\"",
        "String.uppercased": "\"relu\".uppercased() //=> \"RELU\"",
        "Dictionary.mapValues": "[\"a\": 1, \"b\": 2].mapValues { $0 * 10 } //=> [\"a\": 10, \"b\": 20]",
        "String.filter": "\"a-b-c\".filter { $0 != \"-\" } //=> \"abc\"",
        "String.lowercased": "\"ReLU\".lowercased() //=> \"relu\"",
        "String.hasPrefix": "\"lesson.md\".hasPrefix(\"less\") //=> true",
        "String.hasSuffix": "\"lesson.md\".hasSuffix(\".md\") //=> true",
        "String.contains": "\"gradient\".contains(\"die\") //=> true",
        "Range.contains": "(0..<5).contains(5) //=> false",
        "Function.callAsFunction": """
            let square = { (x: Double) in x * x }
            square.callAsFunction(3) //=> 9
            """,
    ]
}
