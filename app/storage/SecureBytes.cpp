#include "storage/SecureBytes.h"

#include <cstring>

namespace keyway::storage {

namespace {

// explicit_bzero is not optimised away even when the buffer is freed right after.
void zero(void *data, size_t size)
{
    if (size > 0)
        explicit_bzero(data, size);
}

} // namespace

void secureWipe(QByteArray &bytes)
{
    // isDetached() is false for shared, raw (fromRawData) and null arrays: none of them is ours to wipe.
    // capacity() covers bytes beyond size() left by an earlier, longer value.
    if (bytes.capacity() > 0 && bytes.isDetached())
        zero(bytes.data(), size_t(bytes.capacity()));
    bytes = QByteArray();
}

void secureWipe(QString &text)
{
    if (text.capacity() > 0 && text.isDetached())
        zero(text.data(), size_t(text.capacity()) * sizeof(QChar));
    text = QString();
}

void secureWipeShared(const QByteArray &bytes)
{
    // capacity() is 0 for buffers QByteArray does not own (literals, fromRawData, the shared empty
    // array): those may be read-only and are never written.
    if (!bytes.isEmpty() && bytes.capacity() > 0)
        zero(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        secureWipe(m_bytes);
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        secureWipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        diff |= static_cast<unsigned char>(m_bytes.at(i) ^ other.m_bytes.at(i));
    return diff == 0;
}

} // namespace keyway::storage
