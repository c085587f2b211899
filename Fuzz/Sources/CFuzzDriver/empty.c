// Declarations only; see include/fuzzdriver.h.
