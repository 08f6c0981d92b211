// The floor of `start-up-bench.sh`: a Foundation hello-world, built with `swiftc -O` the ordinary way
// (dynamically linked), against which issue #15 measures a one-shot `leddiag diagnose`.
import Foundation

print("hello, world")
