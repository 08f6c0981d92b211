/// The version `leddiag --version` prints.
enum LEDDiagVersion {
    static let current = "0.1.0"
}
