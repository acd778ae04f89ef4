import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a few independent pieces of work at the same time, one per core, and returns
/// their results in order: the loader, the measures and the list use it to spread work
/// that splits cleanly (disjoint parts, each computed exactly as it would be alone).
public enum BothCores {
    /// The number of parts worth splitting work into on this machine (at least 1, at most 8).
    public static let parts: Int = min(8, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))

    /// `work(i)` for every `i` in `0..<count`, run concurrently; results in index order.
    public static func map<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return count == 1 ? [work(0)] : [] }
        let slots = ResultSlots<T>(count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, work(i)) }
        return slots.values
    }
}

/// One slot per part, each written by exactly one part before `values` is read.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(_ count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: T) { slots[index] = value }

    /// The results; every slot was set (`concurrentPerform` returns after all parts).
    var values: [T] { (0..<count).compactMap { slots[$0] } }
}

/// Work started on another thread at once; `wait()` blocks until it is done and returns
/// its result. Opening a document hashes the file this way while it is decoded.
final class Pending<T: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Set by the work before `done` is left; read only after waiting on `done`.
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.done.leave()
        }
    }

    /// The work's result, once it has finished.
    func wait() -> T {
        done.wait()
        guard let result else { preconditionFailure("Pending: the work left without a result") }
        return result
    }
}
