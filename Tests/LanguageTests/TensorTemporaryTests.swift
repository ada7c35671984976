import Engine
import Testing
@testable import Language

/// The interpreter writes `+ − · /` over a tensor operand it holds the only reference to, and never over one held
/// anywhere else. (`Cases/tensors/temporaries.nn` checks the values a lesson sees; this checks which tensor the
/// result is.)
@Suite("Operators on a temporary tensor")
struct TensorTemporaryTests {
    let interpreter = Interpreter(limits: Limits())
    let position = Position(line: 1, column: 1)

    /// The tensor a value holds.
    func tensor(_ value: RuntimeValue) -> Tensor? {
        if case .tensor(let t) = value { t } else { nil }
    }

    @Test("a tensor only the operator holds takes the result, on either side")
    func temporaryIsReused() throws {
        for lhsIsTemporary in [true, false] {
            var temporary: Tensor? = Tensor([1, 2, 3])
            let identity = ObjectIdentifier(temporary!)
            let other = Tensor([10, 20, 30])
            let result = lhsIsTemporary
                ? try interpreter.arithmetic(.subtract, .tensor(temporary.take()!), .tensor(other), at: position)
                : try interpreter.arithmetic(.subtract, .tensor(other), .tensor(temporary.take()!), at: position)
            let written = try #require(tensor(result))
            #expect(ObjectIdentifier(written) == identity)
            #expect(written.data == (lhsIsTemporary ? [-9, -18, -27] : [9, 18, 27]))
            #expect(other.data == [10, 20, 30])
        }
    }

    @Test("a tensor something else holds is left as it was, and the result is a new tensor")
    func heldIsNotReused() throws {
        let held = Tensor([1, 2, 3])
        let result = try interpreter.arithmetic(.multiply, .tensor(held), .double(2), at: position)
        let product = try #require(tensor(result))
        #expect(product !== held)
        #expect(product.data == [2, 4, 6])
        #expect(held.data == [1, 2, 3])
    }
}
