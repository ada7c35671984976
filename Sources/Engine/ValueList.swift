/// Values that several `dot` nodes share as one reference: a neuron's weights, or the inputs every neuron of a
/// layer sees. A layer of n neurons over m inputs then costs n references to the list, where an edge per weight and
/// per input cost 2nm retains, releases and an array allocation per neuron, the bulk of a training step on Values.
final class ValueList {
    /// Settable only so that the last node holding the list can take the values out and free them one by one
    /// (see `Value.deinit`).
    @exclusivity(unchecked) var values: [Value]

    init(_ values: [Value]) {
        self.values = values
    }
}
