/// Dictionary literals, optionals (`nil`, `??`, `!`, `if let`) and type annotations.
extension Compiler {
    mutating func compileDictionary(_ entries: [(key: Expr, value: Expr)], at position: Position) throws -> CompiledExpr {
        let keys = try compileAll(entries.map(\.key))
        let values = try compileAll(entries.map(\.value))
        return { frame in
            var pairs: [(RuntimeValue, RuntimeValue)] = []
            pairs.reserveCapacity(keys.count)
            for (key, value) in zip(keys, values) { pairs.append((try key.run(frame), try value.run(frame))) }
            try Nesting.check(pairs.map(\.1), at: position)
            do {
                return .dictionary(try DictionaryValue.literal(pairs))
            } catch let error as DictionaryTypeError {
                throw LanguageError(message: error.message, position: position)
            }
        }
    }

    /// Swift's `first`, `last`, `min()` and `max()` give an Optional; swift-nn's give the element, so that a lesson's
    /// `path.last` is a number, and an empty array or string is an error. Where Swift's code asks for the Optional
    /// (`if let`, `guard let`, `while let`, `??`, `?.`) they give nil for an empty one instead, and
    /// `isElementOrNil` says the value is such an element, which a binding takes as present.
    mutating func compileAsOptional(_ expr: Expr) throws -> (code: CompiledExpr, isElementOrNil: Bool) {
        let interpreter = self.interpreter
        switch expr {
        case .member(let base, let name, let position) where name == "first" || name == "last":
            let base = try compile(base)
            return ({ frame in
                let value = try base(frame)
                return Compiler.isEmptySequence(value) ? .optional(nil) : try interpreter.member(value, name, at: position)
            }, true)
        case .call(.member(let base, let name, _), let args, let position) where args.isEmpty && (name == "min" || name == "max"):
            let base = try compile(base)
            return ({ frame in
                let value = try base(frame)
                return Compiler.isEmptySequence(value) ? .optional(nil) : try interpreter.callMethod(on: value, name, [], at: position)
            }, true)
        default:
            return (try compile(expr), false)
        }
    }

    private static func isEmptySequence(_ value: RuntimeValue) -> Bool {
        switch value {
        case .array(let items): items.isEmpty
        case .string(let text): text.isEmpty
        default: false
        }
    }

    mutating func compileCoalesce(_ optional: Expr, _ fallback: Expr) throws -> CompiledExpr {
        let (optional, fallback) = (try compileAsOptional(optional).code, try compile(fallback))
        return { frame in
            switch try optional(frame) {
            case .optional(let wrapped?): wrapped
            case .optional(nil): try fallback(frame)
            case let plain: plain
            }
        }
    }

    /// `x!` read. A value that is not an optional is itself: swift-nn's `first`, `last`, `min()` and `max()` give
    /// the element (an error when there is none) where Swift's give an optional, so Swift's `xs.last!` reads as
    /// written. Assigning through `!` still needs an optional (`compileModifier`).
    mutating func compileForceUnwrap(_ optional: Expr, at position: Position) throws -> CompiledExpr {
        let optional = try compile(optional)
        return { frame in
            switch try optional(frame) {
            case .optional(let wrapped?): return wrapped
            case .optional(nil):
                throw LanguageError(message: "unexpectedly found nil while unwrapping an optional with `!`", position: position)
            case let plain: return plain
            }
        }
    }

    /// `if let x = optional`: the body runs with `x` bound to the value inside when there is one.
    mutating func compileIfLet(
        _ pattern: Pattern, isConstant: Bool, _ valueExpr: Expr, _ then: [Stmt], _ otherwise: [Stmt]?,
        at position: Position
    ) throws -> CompiledStmt {
        let (value, isElementOrNil) = try compileAsOptional(valueExpr)
        let valuePosition = valueExpr.position
        resolver.beginBlock()
        let bind = try compileBinding(pattern, isConstant: isConstant)
        let thenCode = try compileStatements(then)
        resolver.endBlock()
        let otherwiseCode = try otherwise.map { try compileBlock($0) }
        return { frame in
            switch try value(frame) {
            case .optional(let wrapped?):
                try bind(frame, wrapped)
                return try thenCode(frame)
            case .optional(nil):
                return try otherwiseCode?(frame) ?? .normal
            case let element where isElementOrNil:
                try bind(frame, element)
                return try thenCode(frame)
            case let plain:
                throw LanguageError(
                    message: "`if let` needs an optional, such as a dictionary subscript, not \(plain.typeName)",
                    position: valuePosition)
            }
        }
    }

    /// A declaration's value checked against its annotation: before the statement runs when the value is a literal
    /// (so the error points at the annotation, as Swift's would), else when the value is known.
    mutating func compileAnnotated(_ valueExpr: Expr, _ type: TypeAnnotation, at position: Position) throws
        -> CompiledExpr
    {
        let literal = Compiler.isLiteral(valueExpr)
        if let constant = Compiler.constantValue(valueExpr), TypeAnnotation.conform(constant, to: type, literal: true) == nil {
            throw Compiler.annotationMismatch(constant, type, at: position)
        }
        let value = try compile(valueExpr)
        return { frame in
            let result = try value(frame)
            guard let converted = TypeAnnotation.conform(result, to: type, literal: literal) else {
                throw Compiler.annotationMismatch(result, type, at: position)
            }
            return converted
        }
    }

    static func annotationMismatch(_ value: RuntimeValue, _ type: TypeAnnotation, at position: Position)
        -> LanguageError
    {
        var found = value.typeName
        if case .dictionary(let d) = value { found = d.typeDescription }
        if case .optional(let wrapped?) = value { found = "Optional(\(wrapped.typeName))" }
        var hint = ""
        if case .dictionary(.named(let key), _) = type, DictionaryValue.unhashableTypes.contains(key) {
            return LanguageError(
                message: "a dictionary key must be a String, Int, Double, Bool or a Hashable struct's value, not "
                    + "`\(key)`", position: position, length: type.description.count)
        }
        if case .int = value, type == .named("Double") { hint = "; convert it with `Double(…)`" }
        if case .double = value, type == .named("Int") { hint = "; convert it with `Int(…)`" }
        return LanguageError(
            message: "cannot convert a value of type \(found) to the annotated type `\(type)`\(hint)", position: position,
            length: type.description.count)
    }

    /// True for an expression written as a literal (numbers, strings, Bools, `nil`, and arrays, tuples and
    /// dictionaries of them, arithmetic on them included), whose Ints Swift would take as Doubles when asked.
    static func isLiteral(_ expr: Expr) -> Bool {
        switch expr {
        case .integer, .float, .string, .bool, .nilLiteral: true
        case .array(let items, _), .tuple(let items, _): items.allSatisfy(isLiteral)
        case .dictionary(let entries, _): entries.allSatisfy { isLiteral($0.value) }
        case .unary(_, let e, _): isLiteral(e)
        case .binary(.arithmetic, let a, let b, _): isLiteral(a) && isLiteral(b)
        default: false
        }
    }

    /// The value of a literal without interpolation, or nil for anything that must run to be known.
    static func constantValue(_ expr: Expr) -> RuntimeValue? {
        switch expr {
        case .integer(let i, _): return .int(i)
        case .float(let d, _): return .double(d)
        case .bool(let b, _): return .bool(b)
        case .nilLiteral: return .optional(nil)
        case .string(let parts, _):
            var text = ""
            for part in parts {
                guard case .text(let t) = part else { return nil }
                text += t
            }
            return .string(text)
        case .array(let items, _):
            var values: [RuntimeValue] = []
            for item in items {
                guard let value = constantValue(item) else { return nil }
                values.append(value)
            }
            return .array(values)
        default:
            return nil
        }
    }
}
