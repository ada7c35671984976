import Foundation

/// What an optimizer updates: tensors or scalar `Value`s, seen as one flat list of numbers with
/// their gradients, so that each optimizer's rule is written once, on arrays.
public enum Parameters {
    case tensors([Tensor])
    case values([Value])

    /// Every parameter's number, tensor by tensor in row-major order.
    public var flatData: [Double] {
        switch self {
        case .tensors(let tensors): tensors.flatMap(\.data)
        case .values(let values): values.map(\.data)
        }
    }

    /// Every gradient, in the same order; 0 where backward has not reached.
    public var flatGradient: [Double] {
        switch self {
        case .tensors(let tensors): tensors.flatMap { $0.grad ?? Array(repeating: 0, count: $0.count) }
        case .values(let values): values.map(\.grad)
        }
    }

    /// Writes new numbers back, in the order of `flatData`.
    func assign(_ flat: [Double]) {
        switch self {
        case .tensors(let tensors):
            var offset = 0
            for tensor in tensors {
                tensor.data = Array(flat[offset..<(offset + tensor.count)])
                offset += tensor.count
            }
        case .values(let values):
            for (value, number) in zip(values, flat) { value.data = number }
        }
    }

    /// Clears every gradient.
    public func zeroGrad() {
        switch self {
        case .tensors(let tensors): tensors.forEach { $0.zeroGrad() }
        case .values(let values): values.forEach { $0.grad = 0 }
        }
    }
}
