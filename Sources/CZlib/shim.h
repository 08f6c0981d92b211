#ifndef LEDDIAG_CZLIB_SHIM_H
#define LEDDIAG_CZLIB_SHIM_H

// zlib for gzip input to `leddiag batch` (inflate with automatic gzip header detection).
#include <zlib.h>

// inflateInit2 is a macro in zlib.h (it passes the version and the stream's size); Swift cannot call it.
static inline int leddiag_inflate_init_gzip(z_streamp stream) {
    return inflateInit2(stream, 16 + MAX_WBITS);
}

// deflateInit2 likewise; the tests write gzip with it.
static inline int leddiag_deflate_init_gzip(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

#endif
