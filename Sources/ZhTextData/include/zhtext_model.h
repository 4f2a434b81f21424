#ifndef ZHTEXT_MODEL_H
#define ZHTEXT_MODEL_H

/// Asks the processor to bring the cache line at `address` in, without waiting for it: the entity
/// model reads the table slots of a character a few characters ahead, so their misses overlap.
static inline void zhtext_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
