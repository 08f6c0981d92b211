// The library product's one module: everything an embedder needs, from the model and the readers to
// the engine and the batch pipeline, under one import (as swift-collections' `Collections` does).

@_exported public import LEDBatch
@_exported public import LEDCore
@_exported public import LEDEngine
@_exported public import LEDInput
