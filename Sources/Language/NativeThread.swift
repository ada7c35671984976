import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A POSIX thread with a stack of a chosen size. Foundation's `Thread` gives no word when the system refuses to
/// start one (a stack larger than `ulimit -v` leaves room for), and whoever waits for it then waits forever;
/// `pthread_create` says so, and the caller gets an error or a smaller stack instead.
public final class NativeThread: @unchecked Sendable {
    private var thread: pthread_t
    /// The stack size the thread got.
    public let stackSize: Int

    private init(thread: pthread_t, stackSize: Int) {
        self.thread = thread
        self.stackSize = stackSize
    }

    /// Why no thread could start.
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts `body` on a thread whose stack is `stackSize` bytes, or the largest of its halves down to
    /// `minimumStackSize` the system grants; `body` is told the size it got.
    public static func start(
        stackSize: Int, minimumStackSize: Int = 1 << 20, _ body: @escaping @Sendable (_ stackSize: Int) -> Void
    ) throws(StartError) -> NativeThread {
        var size = max(stackSize, minimumStackSize)
        var failure: Int32 = 0
        while true {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, size)
            let box = Unmanaged.passRetained(Body(body, stackSize: size))
            #if canImport(Darwin)
            var handle: pthread_t?
            #else
            var handle = pthread_t()
            #endif
            failure = pthread_create(&handle, &attributes, { pointer in
                #if canImport(Darwin)
                let raw = pointer
                #else
                let raw = pointer!
                #endif
                Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
                return nil
            }, box.toOpaque())
            if failure == 0 {
                #if canImport(Darwin)
                return NativeThread(thread: handle!, stackSize: size)
                #else
                return NativeThread(thread: handle, stackSize: size)
                #endif
            }
            box.release()
            guard size / 2 >= minimumStackSize, failure == EAGAIN || failure == ENOMEM || failure == EINVAL else { break }
            size /= 2
        }
        throw StartError(description: "cannot start a thread: \(String(cString: strerror(failure)))")
    }

    /// Waits for the thread to end.
    public func join() {
        pthread_join(thread, nil)
    }

    /// The largest stack this process should ask for, given `preferred`: an eighth of the address space
    /// `ulimit -v` leaves, so the lessons running in parallel and their heap still fit.
    public static func stackSize(preferred: Int) -> Int {
        guard let addressSpace = MemoryBudget.addressSpaceLimit else { return preferred }
        return min(preferred, addressSpace / 8)
    }

    private final class Body {
        let body: (Int) -> Void
        let stackSize: Int

        init(_ body: @escaping (Int) -> Void, stackSize: Int) {
            self.body = body
            self.stackSize = stackSize
        }

        func run() { body(stackSize) }
    }
}
