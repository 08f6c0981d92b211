// The one place the C library is imported (pthread, clock_gettime, read, write, open, errno …): every
// target that needs it imports LEDSupport instead of repeating the platform choice.
#if canImport(Glibc)
@_exported public import Glibc
#elseif canImport(Musl)
@_exported public import Musl
#elseif canImport(Darwin)
@_exported public import Darwin
#endif
