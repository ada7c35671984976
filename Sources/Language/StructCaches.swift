/// Where a call site last found a stored property: a struct's property read or assigned in a loop (`p.x`) then
/// skips the lookup by name.
final class FieldCache {
    @exclusivity(unchecked) private(set) var type: StructType?
    @exclusivity(unchecked) private(set) var index = 0

    func remember(_ type: StructType, _ index: Int) {
        self.type = type
        self.index = index
    }
}

/// The method a call site last found, for the type it found it in (see `FieldCache`).
final class MethodCache {
    @exclusivity(unchecked) private(set) var type: StructType?
    @exclusivity(unchecked) private(set) var method: StructMethod?

    func remember(_ type: StructType, _ method: StructMethod) {
        self.type = type
        self.method = method
    }
}
