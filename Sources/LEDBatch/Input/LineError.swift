extension BatchDiagnoser.Chunk {
    /// A line that could not be read: its 0-based index in the chunk and why.
    struct LineError: Sendable {
        /// The 0-based index of the line within its chunk.
        var lineIndex: Int32
        /// What is wrong with it.
        var problem: BatchDiagnoser.LineProblem
    }
}
