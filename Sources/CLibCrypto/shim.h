// The part of the system's libcrypto (OpenSSL) that the build uses: SHA-256 by its low-level functions, which
// OpenSSL 3 marks deprecated in favour of EVP. They stay in OpenSSL 3, and they hash without EVP's fetch of the
// algorithm on every start, which takes a lock; the build hashes many small texts from both cores.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
