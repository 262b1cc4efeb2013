#pragma once

#include <QByteArray>
#include <QString>

namespace keyway::storage {

// Overwrites the buffer with zeros when this is its only holder, then empties it. A buffer shared with
// another QByteArray is left alone (the other holder still needs it); the last holder wipes it.
void secureWipe(QByteArray &bytes);
void secureWipe(QString &text);
// Zeroes the buffer even though it is shared: only for a buffer that every holder is done with (a
// finished keychain job's copy of a value that is about to be deleted).
void secureWipeShared(const QByteArray &bytes);

// A secret held in memory: a QByteArray that is zeroed when the last SecureBytes holding it is dropped.
// Copies share the buffer (like QByteArray). Anything read out through bytes() or toString() is an
// ordinary copy: keep such copies short-lived, and wipe them with secureWipe() where practical.
class SecureBytes final
{
public:
    SecureBytes() = default;
    // Takes the bytes over; the caller should drop (or secureWipe) its own reference.
    explicit SecureBytes(QByteArray bytes) : m_bytes(std::move(bytes)) { }
    SecureBytes(const SecureBytes &) = default;
    SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) { }
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes() { secureWipe(m_bytes); }

    static SecureBytes fromUtf8(const QString &text) { return SecureBytes(text.toUtf8()); }

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const QByteArray &bytes() const { return m_bytes; }
    QString toUtf8String() const { return QString::fromUtf8(m_bytes); }
    void clear() { secureWipe(m_bytes); }

    // Compares in time that depends only on the lengths (no early exit on the first difference).
    bool equals(const SecureBytes &other) const;

private:
    QByteArray m_bytes;
};

} // namespace keyway::storage
