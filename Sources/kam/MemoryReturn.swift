#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator gives freed memory back to the system, set once as `kam` starts.
///
/// glibc raises its mmap threshold each time a large block is freed (up to 32 MB). After
/// the load frees its read windows, the columns of a large workspace (a few MB each) would
/// then come from the heap and stay in the process once freed, so that every edit's new
/// measures add to its size. A fixed threshold keeps every block from 128 KB up in a mapping
/// of its own, returned when freed, and a lower trim threshold returns the heap's free top.
enum MemoryReturn {
    /// Fixes the two thresholds (called first thing in `main`).
    static func configure() {
#if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module leaves out.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 128 * 1024)
        _ = mallopt(trimThreshold, 128 * 1024)
#endif
    }

    /// Gives the system back the free memory inside the allocator's heaps (not only at
    /// their top): before a save takes its buffers, say, so that they do not come on top of
    /// memory that is free but still held.
    static func trim() {
#if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
#endif
    }
}
