#include "server/acceptoridentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificateExtension>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace sandi::server {
namespace {

template <class T, void (*F)(T*)> struct Deleter
{
    void operator()(T* p) const { F(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Ext = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

constexpr int kCertificateDays = 825; // the longest validity browsers accept for a TLS leaf

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

PKey readKey(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return PKey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

QByteArray spkiOf(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

bool addExtension(X509* cert, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Ext ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

QByteArray altNames(const QStringList& hosts)
{
    QStringList entries{u"IP:127.0.0.1"_s, u"DNS:localhost"_s};
    for (const QString& host : hosts) {
        if (host.isEmpty() || host.contains(u',') || host == u"0.0.0.0"_s || host == u"::"_s)
            continue;
        const QString entry = QHostAddress(host).isNull() ? u"DNS:"_s + host : u"IP:"_s + host;
        if (!entries.contains(entry))
            entries << entry;
    }
    return entries.join(u',').toLatin1();
}

// Makes a P-256 key and a self-signed certificate for `hosts`; returns {key PEM, cert PEM}.
std::optional<std::pair<QByteArray, QByteArray>> makeIdentity(const QStringList& hosts)
{
    PKey key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert)
        return std::nullopt;
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return std::nullopt;
    serial[0] &= 0x7f; // a positive INTEGER (RFC 5280 §4.1.2.2)
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    X509_NAME* name = X509_get_subject_name(cert.get());
    bool ok = bn && X509_set_version(cert.get(), X509_VERSION_3) == 1 &&
              BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())) != nullptr &&
              X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr &&
              X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * kCertificateDays) != nullptr &&
              X509_set_pubkey(cert.get(), key.get()) == 1 &&
              X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                         reinterpret_cast<const unsigned char*>("sandi-acceptor"), -1, -1, 0) == 1 &&
              X509_set_issuer_name(cert.get(), name) == 1;
    ok = ok && addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") &&
         addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") &&
         addExtension(cert.get(), NID_ext_key_usage, "serverAuth") &&
         addExtension(cert.get(), NID_subject_key_identifier, "hash") &&
         addExtension(cert.get(), NID_subject_alt_name, altNames(hosts)) &&
         X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok)
        return std::nullopt;
    Bio keyBio(BIO_new(BIO_s_mem()));
    Bio certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_X509(certBio.get(), cert.get()) != 1)
        return std::nullopt;
    return std::make_pair(bioBytes(keyBio.get()), bioBytes(certBio.get()));
}

bool writeFile(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    // Permissions are set before the content is written, so the key is never readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !file.setPermissions(permissions))
        return false;
    return file.write(data) == data.size() && file.flush();
}

} // namespace

std::optional<AcceptorIdentity> AcceptorIdentity::loadOrCreate(const QString& dir, const QStringList& hosts,
                                                               QString* error, bool* created)
{
    const QString keyPath = QDir(dir).filePath(u"key.pem"_s);
    const QString certPath = QDir(dir).filePath(u"cert.pem"_s);
    const bool haveKey = QFile::exists(keyPath);
    if (haveKey != QFile::exists(certPath)) {
        *error = u"%1: only one of key.pem and cert.pem exists; move the other away to make a new pair"_s.arg(dir);
        return std::nullopt;
    }
    if (created)
        *created = !haveKey;
    if (!haveKey) {
        const auto made = makeIdentity(hosts);
        if (!made) {
            *error = u"OpenSSL could not make the key and certificate"_s;
            return std::nullopt;
        }
        if (!writeFile(keyPath, made->first, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            !writeFile(certPath, made->second,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                           QFileDevice::ReadOther)) {
            *error = u"cannot write %1 and %2"_s.arg(keyPath, certPath);
            return std::nullopt;
        }
    }
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1 or %2"_s.arg(keyPath, certPath);
        return std::nullopt;
    }
    AcceptorIdentity id;
    id.m_keyPem = keyFile.readAll();
    id.m_certPem = certFile.readAll();
    const PKey key = readKey(id.m_keyPem);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC || EVP_PKEY_get_bits(key.get()) != 256) {
        *error = u"%1 is not an ECDSA P-256 private key"_s.arg(keyPath);
        return std::nullopt;
    }
    id.m_spkiDer = spkiOf(key.get());
    const QSslCertificate cert = id.certificate();
    if (cert.isNull() || cert.publicKey().toDer() != id.m_spkiDer) {
        *error = u"%1 does not hold the certificate of %2"_s.arg(certPath, keyPath);
        return std::nullopt;
    }
    id.m_pin = pinOf(id.m_spkiDer);
    return id;
}

QSslCertificate AcceptorIdentity::certificate() const
{
    return QSslCertificate(m_certPem, QSsl::Pem);
}

QSslKey AcceptorIdentity::privateKey() const
{
    return QSslKey(m_keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

QStringList AcceptorIdentity::subjectAltNames() const
{
    QStringList out;
    const auto names = certificate().subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out << it.value();
    return out;
}

Result<crypto::EcPrivateKey> AcceptorIdentity::signingKey() const
{
    // key.pem is PKCS#8 PEM: the DER between the armour lines, in base64.
    QByteArray base64;
    for (const QByteArray& line : m_keyPem.split('\n'))
        if (!line.startsWith("-----"))
            base64 += line.trimmed();
    QByteArray der = QByteArray::fromBase64(base64);
    auto key = crypto::EcPrivateKey::fromPkcs8(
        std::as_bytes(std::span(der.constData(), static_cast<std::size_t>(der.size()))));
    der.fill('\0');
    base64.fill('\0');
    return key;
}

QString AcceptorIdentity::pinOf(const QByteArray& spkiDer)
{
    const QByteArray hash = QCryptographicHash::hash(spkiDer, QCryptographicHash::Sha256);
    return u"sha256/"_s +
           QString::fromLatin1(hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace sandi::server
