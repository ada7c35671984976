/// An expression of `+ - *` and `/` (and unary minus) whose leaves are variables and number literals, such as
/// `x * 1.000001 + 0.25` or `(a - 3) * 2`, evaluated on Doubles in one closure: its steps run in a loop over a
/// small stack of Doubles, where each operator compiled on its own is a closure call that boxes its result.
/// It applies while every variable it reads holds a Double; otherwise it gives no value and the caller runs the
/// expression compiled as usual, which reads the same slots again (the leaves have no effects).
///
/// The result has the same bits as the operators' own: the same IEEE operations in the same order, and a literal
/// enters as the Double the general path converts it to. Every operation has a variable below it (see
/// `Compiler.numericSteps`), so with Double variables every operation of the general path yields a Double too.
final class NumericExpression {
    /// One step of the evaluation, in postfix order.
    struct Step {
        enum Kind: UInt8 {
            /// Push a variable of the current frame (`index`), of a frame `depth` levels up, or a global.
            case local, outer, global
            /// Push `constant`.
            case constant
            /// Replace the top two with their sum, difference, product or quotient.
            case add, subtract, multiply, divide
            /// Combine the top with `constant` on its right.
            case addConstant, subtractConstant, multiplyConstant, divideConstant
            /// Combine the top with the current frame's variable `index` on its right.
            case addLocal, subtractLocal, multiplyLocal, divideLocal
            /// Negate the top.
            case negate
        }

        let kind: Kind
        var depth = 0
        var index = 0
        var constant = 0.0
    }

    /// The most values the stack holds at once; deeper expressions are compiled as usual.
    static let stackLimit = 8

    private let steps: UnsafeMutableBufferPointer<Step>
    private let globals: Globals

    init(_ steps: [Step], globals: Globals) {
        self.steps = .allocate(capacity: steps.count)
        _ = self.steps.initialize(from: steps)
        self.globals = globals
    }

    deinit {
        steps.deallocate()
    }

    /// The value, or nil when a variable holds anything but a Double.
    @inline(__always)
    func evaluate(_ frame: Frame) -> Double? {
        var storage = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        return withUnsafeMutableBytes(of: &storage) { bytes -> Double? in
            let stack = bytes.baseAddress.unsafelyUnwrapped.assumingMemoryBound(to: Double.self)
            var top = -1
            for step in steps {
                let slot: UnsafeMutablePointer<RuntimeValue>
                switch step.kind {
                case .local: slot = frame.slots + step.index
                case .outer: slot = frame.ancestor(step.depth).slots + step.index
                case .global: slot = globals.slots + step.index
                case .constant:
                    top &+= 1
                    stack[top] = step.constant
                    continue
                case .add:
                    top &-= 1
                    stack[top] = stack[top] + stack[top &+ 1]
                    continue
                case .subtract:
                    top &-= 1
                    stack[top] = stack[top] - stack[top &+ 1]
                    continue
                case .multiply:
                    top &-= 1
                    stack[top] = stack[top] * stack[top &+ 1]
                    continue
                case .divide:
                    top &-= 1
                    stack[top] = stack[top] / stack[top &+ 1]
                    continue
                case .addConstant:
                    stack[top] = stack[top] + step.constant
                    continue
                case .subtractConstant:
                    stack[top] = stack[top] - step.constant
                    continue
                case .multiplyConstant:
                    stack[top] = stack[top] * step.constant
                    continue
                case .divideConstant:
                    stack[top] = stack[top] / step.constant
                    continue
                case .negate:
                    stack[top] = -stack[top]
                    continue
                case .addLocal, .subtractLocal, .multiplyLocal, .divideLocal:
                    guard case .double(let y) = frame.slots[step.index] else { return nil }
                    switch step.kind {
                    case .addLocal: stack[top] = stack[top] + y
                    case .subtractLocal: stack[top] = stack[top] - y
                    case .multiplyLocal: stack[top] = stack[top] * y
                    default: stack[top] = stack[top] / y
                    }
                    continue
                }
                guard case .double(let x) = slot.pointee else { return nil }
                top &+= 1
                stack[top] = x
            }
            return stack[0]
        }
    }
}
