#pragma once
// The acceptor's own key and certificate: an ECDSA P-256 key and a self-signed certificate made
// on first start and kept in the data directory (key.pem mode 0600, cert.pem). The same key serves
// TLS and signs the protocol's challenges; devices pin it as "sha256/" + base64url (no padding) of
// the SHA-256 of its DER SubjectPublicKeyInfo. The only server file (with its .cpp) using OpenSSL.

#include "core/crypto/ecdsa.h"
#include "core/result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <optional>

namespace sandi::server {

class AcceptorIdentity
{
public:
    // Loads key.pem and cert.pem from `dir`, or makes both when neither exists. `hosts` are added to
    // the certificate's subjectAltName besides IP:127.0.0.1 and DNS:localhost (IPs or DNS names).
    // On failure returns nothing and sets `error`; `created` says whether the files are new.
    [[nodiscard]] static std::optional<AcceptorIdentity> loadOrCreate(const QString& dir, const QStringList& hosts,
                                                                      QString* error, bool* created = nullptr);

    [[nodiscard]] const QByteArray& privateKeyPem() const { return m_keyPem; } // PKCS#8 PEM
    [[nodiscard]] const QByteArray& publicKeyDer() const { return m_spkiDer; } // SubjectPublicKeyInfo
    [[nodiscard]] const QByteArray& certificatePem() const { return m_certPem; }
    [[nodiscard]] QString pin() const { return m_pin; } // "sha256/…"
    [[nodiscard]] QSslCertificate certificate() const;
    [[nodiscard]] QSslKey privateKey() const;
    // The DNS names and IPs the certificate is valid for.
    [[nodiscard]] QStringList subjectAltNames() const;

    // The key as the core's ES256 signer (core/crypto/ecdsa.h), which signs the protocol's
    // challenges: one ES256 implementation for the device and the acceptor. Errors: InvalidKey.
    [[nodiscard]] Result<crypto::EcPrivateKey> signingKey() const;

    // "sha256/" + base64url-no-pad(SHA-256(spkiDer)).
    [[nodiscard]] static QString pinOf(const QByteArray& spkiDer);

private:
    QByteArray m_keyPem;
    QByteArray m_spkiDer;
    QByteArray m_certPem;
    QString m_pin;
};

} // namespace sandi::server
