#include "core/crypto/opensslversion.h"

#include <openssl/crypto.h>

namespace sandi::crypto {

std::string opensslVersion()
{
    return OpenSSL_version(OPENSSL_VERSION);
}

} // namespace sandi::crypto
