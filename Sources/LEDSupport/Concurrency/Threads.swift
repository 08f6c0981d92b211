/// Starts plain threads (pthread) and waits for them, without Foundation.
package enum Threads {
    private final class Box {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs each closure on its own thread and returns when all have finished.
    package static func runAll(_ bodies: [@Sendable () -> Void]) {
        var threads: [pthread_t] = []
        var inline: [@Sendable () -> Void] = []
        for body in bodies {
            let box = Unmanaged.passRetained(Box(body)).toOpaque()
            #if canImport(Darwin)
            var thread: pthread_t?
            #else
            var thread = pthread_t()
            #endif
            let started = pthread_create(
                &thread, nil,
                { context in
                    guard let context else { return nil }
                    let box = Unmanaged<Box>.fromOpaque(context).takeRetainedValue()
                    box.body()
                    return nil
                }, box)
            if started == 0 {
                #if canImport(Darwin)
                if let thread { threads.append(thread) }
                #else
                threads.append(thread)
                #endif
            } else {
                Unmanaged<Box>.fromOpaque(box).release()
                inline.append(body)
            }
        }
        // A thread that could not start runs here, so no work is lost.
        for body in inline { body() }
        for thread in threads { pthread_join(thread, nil) }
    }
}
