// `public`: conformances of public types are public, so the protocol must be imported publicly.
public import ArgumentParser
import LEDDiagnostics

/// `--input-format plain|logfmt|csv|jsonl|typed` of `batch`: the library's formats, by their names.
extension BatchInputFormat: ExpressibleByArgument {}

/// `--format jsonl|text|csv` of `batch`: the library's formats, by their names.
extension BatchOutputFormat: ExpressibleByArgument {}

/// `--line-numbers counted|prefixed` of `batch`: where records' line numbers come from.
extension BatchLineNumbers: ExpressibleByArgument {}
