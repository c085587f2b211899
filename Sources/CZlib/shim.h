// zlib (Debian zlib1g-dev), for reading FreeDict's dictzip files.
#include <zlib.h>
