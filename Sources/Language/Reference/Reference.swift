import Foundation

/// One documented builtin or method, as `lessonrun help` and the site's reference page show it.
public struct ReferenceEntry: Hashable, Sendable {
    /// `sum` for a free function, `Tensor.sum` for a method: how `lessonrun help` and the examples name it.
    public let key: String
    public let name: String
    /// The type whose method this is, or nil for a free function.
    public let receiver: String?
    /// How a call looks: `linspace(_ start, _ stop, [_ count])`; for a property, how it is read: `Tensor.shape`.
    public let usage: String
    public let isProperty: Bool
    public let doc: String
    /// A short swift-nn program using it, with `//=>` expectations; nil only while one is missing, which a test
    /// forbids.
    public let example: ReferenceExample?
}

/// A group of entries the reference lists together: a family of free functions, or the methods of one type.
public struct ReferenceGroup: Hashable, Sendable {
    /// "Math", "Tensor properties and methods", or "Trajectory properties".
    public let title: String
    /// A stable anchor for the group, unlike any entry's: `math-functions`, `tensor-methods`.
    public let id: String
    public let entries: [ReferenceEntry]
}

/// A reference example: its source, and the files it reads (written beside it in a scratch folder when it runs).
public struct ReferenceExample: Hashable, Sendable, ExpressibleByStringLiteral {
    public let source: String
    public let files: [String: String]

    public init(_ source: String, files: [String: String] = [:]) {
        self.source = source
        self.files = files
    }

    public init(stringLiteral source: String) {
        self.init(source)
    }
}

/// The reference of swift-nn, generated from the one registry (`Builtins.families`, `Builtins.methodList`) and
/// the examples kept beside it (`ReferenceExamples`).
public enum Reference {
    /// Free functions by family, then the properties and methods of each receiver type, in registry order.
    public static let groups: [ReferenceGroup] = {
        let examples = ReferenceExamples.all
        func entry(_ builtin: Builtin) -> ReferenceEntry {
            let key = builtin.receiver.map { "\($0).\(builtin.name)" } ?? builtin.name
            return ReferenceEntry(
                key: key, name: builtin.name, receiver: builtin.receiver, usage: builtin.usage, isProperty: false,
                doc: builtin.doc, example: examples[key])
        }
        let properties = ReferenceProperties.docs.map { property -> ReferenceEntry in
            let parts = property.key.split(separator: ".", maxSplits: 1).map(String.init)
            return ReferenceEntry(
                key: property.key, name: parts[1], receiver: parts[0], usage: property.key, isProperty: true,
                doc: property.doc, example: examples[property.key])
        }
        let functions = Builtins.families.map { family in
            ReferenceGroup(title: family.name, id: slug("\(family.name) functions"), entries: family.builtins.map(entry))
        }
        var receivers: [String] = []
        for receiver in Builtins.methodList.compactMap(\.receiver) + properties.compactMap(\.receiver)
        where !receivers.contains(receiver) {
            receivers.append(receiver)
        }
        let methods = receivers.map { receiver in
            let own = properties.filter { $0.receiver == receiver }
            let calls = Builtins.methodList.filter { $0.receiver == receiver }.map(entry)
            let kinds = [own.isEmpty ? nil : "properties", calls.isEmpty ? nil : "methods"].compactMap { $0 }
            let title = "\(receiver) \(kinds.joined(separator: " and "))"
            return ReferenceGroup(title: title, id: slug(title), entries: own + calls)
        }
        return functions + methods
    }()

    /// Every entry, in the order of `groups`.
    public static var entries: [ReferenceEntry] { groups.flatMap(\.entries) }

    /// The entries a name asks for: `Tensor.sum` is that method; `sum` is the free function, or when there is
    /// none, every method of that name (`backward` → `Value.backward`, `Tensor.backward`). Empty when unknown.
    public static func lookup(_ name: String) -> [ReferenceEntry] {
        let all = entries
        if let exact = all.first(where: { $0.key == name }) { return [exact] }
        if let exact = all.first(where: { $0.key.lowercased() == name.lowercased() }) { return [exact] }
        return name.contains(".") ? [] : all.filter { $0.receiver != nil && $0.name == name }
    }

    /// The methods that share a free function's name (`sum` → `Array.sum`, `Tensor.sum`), to point to.
    public static func related(to entry: ReferenceEntry) -> [ReferenceEntry] {
        entries.filter { $0.name == entry.name && $0.key != entry.key }
    }

    /// The closest known name to an unknown one, for "did you mean".
    public static func suggestion(for name: String) -> String? {
        Suggestion.nearest(to: name, in: entries.map(\.key) + entries.map(\.name))
    }

    /// Runs an entry's example in a fresh session (in a scratch folder holding its files, when it reads any),
    /// with the default limits.
    public static func run(_ example: ReferenceExample) -> CellResult {
        guard !example.files.isEmpty else {
            return Session().run(example.source, origin: SourceOrigin(file: "example.nn"))
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("lessonrun-example-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, text) in example.files.sorted(by: { $0.key < $1.key }) {
                try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
        } catch {
            return CellResult(diagnostics: [Diagnostic(
                severity: .error, message: "the example's files cannot be written: \(error)",
                location: SourceLocation(file: "example.nn", line: 1, column: 1), sourceLine: "")])
        }
        var result = Session().run(example.source, origin: SourceOrigin(file: folder.appendingPathComponent("example.nn").path))
        // Named example.nn wherever the scratch folder is, so the same example gives the same messages.
        for i in result.diagnostics.indices { result.diagnostics[i].location.file = "example.nn" }
        for i in result.expectations.indices { result.expectations[i].location.file = "example.nn" }
        return result
    }

    /// `Tensor methods` → `tensor-methods`.
    static func slug(_ title: String) -> String {
        title.lowercased().split(separator: " ").joined(separator: "-")
    }
}
