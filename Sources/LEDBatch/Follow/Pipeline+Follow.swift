import LEDSupport

extension BatchDiagnoser.Pipeline {
    /// What the follow reader keeps between two chunks of its input.
    private struct FollowState {
        /// The bytes after the last whole line submitted (a line still being written), or whole lines held
        /// until their format can be told.
        var carry: [UInt8] = []
        /// The current file's format, once told.
        var detection: FormatDetector.Detection?
        /// The format of the file before a truncation or rotation: a CSV header is remembered.
        var previous: FormatDetector.Detection?
        /// Whether the next chunk with lines is the first of its file.
        var firstInFile = true
        /// Dropping the rest of a line longer than a chunk.
        var discarding = false
        /// When bytes last arrived (``MonotonicClock`` seconds).
        var lastArrival = MonotonicClock.now()
    }

    /// The reader of a followed batch (``BatchFollow``): like ``read()``, but at the input's end it waits
    /// for more. Whole lines go to the workers as soon as they are read (in chunks as short as one line);
    /// while the input has nothing new, an empty *idle* chunk goes through every ``pollInterval`` for as
    /// long as an episode may still have to be closed by the wall clock (the gap since the last bytes),
    /// so that each shard closes the episodes none of whose lines came within the gap. A truncated or
    /// replaced file ends like any input — the rest of its last line included — and the file at the path is
    /// read from its start. Only the cancellation (or, for a pipe, its end) stops it.
    func follow() {
        defer { state.update { $0.readerDone = true } }
        guard let settings = options.follow, let input = inputs.first else { return }
        let source: BatchDiagnoser.FollowedInput
        do {
            source = try BatchDiagnoser.FollowedInput(input, pollInterval: settings.pollInterval)
        } catch {
            stop(error)
            return
        }
        state.withLock { $0.filesRead += 1 }
        let interval = settings.pollInterval
        var follow = FollowState()
        while true {
            guard let chunk = acquireChunk() else { return }
            chunk.file = 0
            var count = follow.carry.count
            follow.carry.withUnsafeBufferPointer { buffer in
                if let bytes = buffer.baseAddress { chunk.base.update(from: bytes, count: buffer.count) }
            }
            follow.carry.removeAll(keepingCapacity: true)
            var got = 0
            do {
                while count < chunk.capacity {
                    let read = try source.readAvailable(
                        UnsafeMutableRawBufferPointer(start: chunk.base + count, count: chunk.capacity - count))
                    if read == 0 { break }
                    count += read
                    got += read
                    // A pipe trickling in must not hold its lines until the chunk is full.
                    if !source.isRegularFile { break }
                }
            } catch {
                recycle(chunk)
                stop(error)
                return
            }
            let now = MonotonicClock.now()
            chunk.arrival = now
            if got > 0 {
                follow.lastArrival = now
                state.withLock { $0.bytesRead += got }
            }
            if cancellation.isCancelled {
                // Ctrl-C: the whole lines read so far are the last of the batch.
                count = follow.discarding ? 0 : lineBreak(chunk.base, count, last: true).map { $0 + 1 } ?? 0
                state.withLock { $0.interrupted = true }
                chunk.isInterruption = true
                submitLast(chunk, count: count, &follow)
                return
            }
            if follow.discarding {
                count = dropOverlongRest(chunk, count: count, &follow)
            } else if count == chunk.capacity, lineBreak(chunk.base, count, last: true) == nil {
                chunk.isOverlongLine = true
                chunk.isFirstInFile = follow.firstInFile
                follow.firstInFile = false
                follow.discarding = true
                submit(chunk)
                continue
            }
            if got == 0 {
                if source.ended {
                    submitLast(chunk, count: count, &follow)
                    return
                }
                if let change = source.change() {
                    settings.notice?(source.notice(change))
                    if change != .gone {
                        submitLast(chunk, count: count, &follow)
                        follow.previous = follow.detection ?? follow.previous
                        follow.detection = nil
                        follow.firstInFile = true
                        follow.discarding = false
                        state.withLock { $0.filesRead += 1 }
                        continue
                    }
                }
            }
            let whole = lineBreak(chunk.base, count, last: true).map { $0 + 1 } ?? 0
            if whole > 0, settle(chunk, count: whole, force: count == chunk.capacity, &follow) {
                keep(chunk, from: whole, to: count, &follow)
                chunk.count = whole
                submitLines(chunk, &follow)
                continue
            }
            keep(chunk, from: 0, to: count, &follow)
            if got == 0, now - follow.lastArrival <= options.gap + 2 * interval {
                // Nothing new: an idle chunk, so that the shards close what has been quiet for the gap.
                chunk.count = 0
                chunk.isIdle = true
                if let detection = follow.detection { apply(detection, to: chunk, first: false) }
                submit(chunk)
            } else {
                recycle(chunk)
            }
            if got == 0, source.isRegularFile { usleep(useconds_t(interval * 1e6)) }
        }
    }

    /// Keeps `chunk.base[from..<to]` for the next chunk.
    private func keep(_ chunk: Chunk, from: Int, to: Int, _ follow: inout FollowState) {
        guard to > from else { return }
        follow.carry.append(contentsOf: UnsafeBufferPointer(start: chunk.base + from, count: to - from))
    }

    /// The chunk after an overlong line's: drops the bytes up to its line break; the bytes left.
    private func dropOverlongRest(_ chunk: Chunk, count: Int, _ follow: inout FollowState) -> Int {
        guard let newline = lineBreak(chunk.base, count, last: false) else { return 0 }
        let rest = count - newline - 1
        chunk.base.update(from: chunk.base + newline + 1, count: rest)
        follow.discarding = false
        return rest
    }

    /// Tells the format of the current file from the whole lines `chunk.base[0..<count]` when it is not
    /// known yet; false while they cannot tell it and more lines may come (`force` false).
    ///
    /// A file whose first lines no format reads, after a truncation or rotation, is read in the format
    /// before it; a CSV file, unless its new first lines are a usable header, with the header before it.
    private func settle(_ chunk: Chunk, count: Int, force: Bool, _ follow: inout FollowState) -> Bool {
        if follow.detection != nil { return true }
        let found = detectFormat(UnsafeBufferPointer(start: UnsafePointer(chunk.base), count: count))
        if let previous = follow.previous, found.sampledLines > 0 {
            let keepsHeader = previous.format == .csv && (found.format != .csv || found.headerProblem != nil)
            if keepsHeader || found.isGuess {
                follow.detection = FormatDetector.Detection(choice: previous.choice.pastHeader)
                return true
            }
        }
        if found.isGuess, !force, found.sampledLines < FormatDetector.sampleLines { return false }
        if found.isGuess, found.sampledLines > 0 {
            let name = inputs[0].name
            state.withLock {
                $0.formatWarnings.append(
                    "\(name): cannot tell the format from the first lines; reading it as plain (use --input-format)")
            }
        }
        follow.detection = found
        return true
    }

    /// Submits `chunk` (whole lines) in the current file's format.
    private func submitLines(_ chunk: Chunk, _ follow: inout FollowState) {
        chunk.isFirstInFile = follow.firstInFile
        if let detection = follow.detection { apply(detection, to: chunk, first: follow.firstInFile) }
        follow.firstInFile = false
        submit(chunk)
    }

    /// Submits `chunk.base[0..<count]` as the end of the current file (a last line without a line break
    /// counts), its format told now if it was not yet.
    private func submitLast(_ chunk: Chunk, count: Int, _ follow: inout FollowState) {
        if count > 0 { _ = settle(chunk, count: count, force: true, &follow) }
        chunk.count = count
        chunk.isLastInFile = true
        submitLines(chunk, &follow)
    }
}
