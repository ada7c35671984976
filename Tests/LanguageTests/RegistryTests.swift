import Testing
@testable import Language

/// Builtins and methods are declared the same way, each with a doc line and a usage line.
struct RegistryTests {
    @Test func everyBuiltinHasADocAndAUsage() {
        for (name, builtin) in Builtins.table {
            #expect(builtin.receiver == nil, "\(name)")
            #expect(!builtin.doc.isEmpty, "\(name)")
            #expect(builtin.usage.hasPrefix("\(name)("), "\(name)")
        }
    }

    @Test func everyMethodNamesItsReceiverInItsUsage() {
        #expect(Set(Builtins.methods.keys).isSuperset(of: [
            "Array", "String", "Range", "Function", "Value", "Tensor", "Double", "Int", "RandomState", "Neuron", "Layer", "MLP",
            "TensorMLP", "Optimizer", "Schedule", "EarlyStopping", "Perceptron", "LogisticRegression", "CSV",
        ]))
        for (type, methods) in Builtins.methods {
            for (name, method) in methods {
                #expect(method.receiver == type, "\(type).\(name)")
                #expect(!method.doc.isEmpty, "\(type).\(name)")
                #expect(method.usage.hasPrefix("\(type).\(name)("), "\(type).\(name)")
            }
        }
    }

    @Test func engineObjectMethodsComeFromTheRegistry() {
        let source = """
            let model = MLP(2, [3, 1], seed: 1)
            let opt = GD(model, lr: 0.1)
            opt.stpe()
            """
        let result = Session().run(source, origin: SourceOrigin(file: "t.nn"))
        #expect(result.diagnostics.first?.message == "GD has no method `stpe`")
        #expect(result.diagnostics.first?.suggestion == "step")
        let call = Session().run("MLP(2, [1], seed: 0)(along: [1, 2])", origin: SourceOrigin(file: "t.nn"))
        #expect(call.diagnostics.first?.message.contains("usage: MLP.callAsFunction(_ x)") == true)
    }

    @Test func aWrongLabelOnATensorMethodShowsItsUsage() {
        let result = Session().run("linspace(0, 1, 3).sum(along: 0)", origin: SourceOrigin(file: "t.nn"))
        #expect(result.diagnostics.first?.message.contains("usage: Tensor.sum([axis:])") == true)
    }
}
