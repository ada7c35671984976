import Testing
@testable import Language

/// The reference covers the whole registry, and every example in it runs and holds.
struct ReferenceTests {
    @Test func everyEntryHasADocAndAnExample() {
        let entries = Reference.entries
        #expect(entries.count == Builtins.table.count + Builtins.methodList.count + ReferenceProperties.docs.count)
        for entry in entries {
            #expect(!entry.doc.isEmpty, "\(entry.key) has no doc")
            #expect(entry.example != nil, "\(entry.key) has no example")
        }
    }

    @Test func everyExampleNamesARegistryEntry() {
        let keys = Set(Reference.entries.map(\.key))
        for key in ReferenceExamples.all.keys.sorted() {
            #expect(keys.contains(key), "the example for `\(key)` names no builtin or method")
        }
    }

    /// Each example runs without error, states at least one `//=>` (or shows a figure or printed text), and
    /// every expectation holds.
    @Test(arguments: Reference.entries.filter { $0.example != nil })
    func theExampleRunsAndHolds(_ entry: ReferenceEntry) throws {
        let example = try #require(entry.example)
        let result = Reference.run(example)
        #expect(result.diagnostics.isEmpty, "\(entry.key): \(result.diagnostics.map(\.message))")
        for expectation in result.expectations where !expectation.passed {
            Issue.record("\(entry.key): line \(expectation.location.line) expected \(expectation.expected), got \(expectation.actual)")
        }
        let shows = result.outputs.contains { if case .value = $0 { false } else { true } }
        #expect(!result.expectations.isEmpty || shows, "\(entry.key): the example checks nothing and shows nothing")
        // `model(x)` is how a `callAsFunction` is used.
        let used = entry.name == "callAsFunction" || example.source.contains(entry.name)
        #expect(used, "\(entry.key): the example does not use it")
    }

    /// Every property `member` answers is documented, and every documented one is a property.
    @Test func everyPropertyIsDocumented() {
        var properties = Interpreter.valueProperties.flatMap { type, names in names.map { "\(type).\($0)" } }
        let objects: [(String, NativeObject.Type)] = [
            ("RandomState", RandomStateObject.self), ("Neuron", NeuronObject.self), ("Layer", LayerObject.self),
            ("MLP", MLPObject.self), ("TensorMLP", TensorMLPObject.self), ("Optimizer", OptimizerObject.self),
            ("Schedule", ScheduleObject.self), ("Trajectory", TrajectoryObject.self),
            ("EarlyStopping", EarlyStoppingObject.self), ("TrainingHistory", HistoryObject.self),
            ("Perceptron", PerceptronObject.self), ("LogisticRegression", LogisticRegressionObject.self),
            ("CSV", CSVObject.self),
        ]
        properties += objects.flatMap { type, object in object.propertyNames.map { "\(type).\($0)" } }
        properties += TypeConstants.all.map { "\($0.type).\($0.name)" }
        #expect(Set(ReferenceProperties.docs.map(\.key)) == Set(properties))
        #expect(ReferenceProperties.docs.count == properties.count)
    }

    @Test func lookupFindsFunctionsMethodsAndMethodsByName() {
        #expect(Reference.lookup("sum").map(\.key) == ["sum"])
        #expect(Reference.lookup("Tensor.sum").map(\.key) == ["Tensor.sum"])
        #expect(Reference.lookup("tensor.sum").map(\.key) == ["Tensor.sum"])
        #expect(Reference.lookup("backward").map(\.key) == ["Value.backward", "Tensor.backward"])
        #expect(Reference.lookup("sun").isEmpty)
        #expect(Reference.related(to: Reference.lookup("sum")[0]).map(\.key) == ["Array.sum", "Tensor.sum"])
        #expect(Reference.suggestion(for: "linspcae") == "linspace")
        #expect(Reference.suggestion(for: "Tensor.summ") == "Tensor.sum")
    }

    @Test func groupsListFunctionsByFamilyThenMethodsByType() {
        let titles = Reference.groups.map(\.title)
        #expect(titles.first == "Output")
        #expect(titles.contains("Tensor properties and methods"))
        #expect(titles.contains("Trajectory properties"))
        #expect(titles.contains("Function methods"))
        #expect(titles.firstIndex(of: "Data") ?? 99 < titles.firstIndex(of: "Array properties and methods") ?? 0)
        #expect(Set(Reference.groups.map(\.id)).count == Reference.groups.count)
    }
}

extension ReferenceEntry: CustomTestStringConvertible {
    public var testDescription: String { key }
}
