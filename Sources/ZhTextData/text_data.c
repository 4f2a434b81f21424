// The text tables (Sources/ZhTextData/text/*.tsv), compiled in with `#embed` (see embed.h).
#include "embed.h"
#include "zhtext_text.h"

static const unsigned char traditional[] = {
#embed "text/traditional.tsv"
};
ZHTEXT_DATA(zhtext_traditional, traditional)
