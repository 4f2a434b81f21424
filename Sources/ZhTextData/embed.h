// Private to ZhTextData: the macro that defines an accessor for an embedded table.
#ifndef ZHTEXT_EMBED_H
#define ZHTEXT_EMBED_H

#include <stddef.h>

#pragma clang diagnostic ignored "-Wc23-extensions"

/// Defines `FUNCTION(size)`: the embedded `ARRAY`'s bytes and their count.
#define ZHTEXT_DATA(FUNCTION, ARRAY)             \
    const unsigned char *FUNCTION(size_t *size) { \
        *size = sizeof(ARRAY);                    \
        return ARRAY;                             \
    }

#endif
