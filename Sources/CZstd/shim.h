#ifndef LEDDIAG_CZSTD_SHIM_H
#define LEDDIAG_CZSTD_SHIM_H

// libzstd for zstd input to `leddiag batch` (streaming decompression).
#include <zstd.h>

#endif
