#ifndef LEDDIAG_CPCRE2_SHIM_H
#define LEDDIAG_CPCRE2_SHIM_H

// pcre2.h refuses to be included without a code unit width; leddiag uses the 8-bit library.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#endif
