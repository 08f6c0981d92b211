/// Monotonic seconds, for the summary and progress.
package enum MonotonicClock {
    /// Seconds since an arbitrary fixed point.
    package static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }
}
