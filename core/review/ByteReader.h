#pragma once

#include <QByteArray>
#include <QtEndian>

#include <optional>

namespace foi::core {

// Reads big-endian integers and byte runs from a buffer without ever reading past its end:
// every read says whether the bytes were there. Used by the review formats' decoders.
class ByteReader
{
public:
    explicit ByteReader(const QByteArray &bytes)
        : m_bytes(bytes)
    {}

    qsizetype position() const { return m_position; }
    qsizetype remaining() const { return m_bytes.size() - m_position; }
    bool atEnd() const { return remaining() == 0; }

    std::optional<quint8> u8() { return integer<quint8>(); }
    std::optional<quint16> u16() { return integer<quint16>(); }
    std::optional<quint32> u32() { return integer<quint32>(); }

    // `count` bytes, or nothing when fewer are left (checked before anything is copied).
    std::optional<QByteArray> take(qint64 count)
    {
        if (count < 0 || count > remaining())
            return std::nullopt;
        QByteArray result = m_bytes.mid(m_position, qsizetype(count));
        m_position += qsizetype(count);
        return result;
    }

private:
    template<typename T> std::optional<T> integer()
    {
        if (remaining() < qsizetype(sizeof(T)))
            return std::nullopt;
        const T value = qFromBigEndian<T>(m_bytes.constData() + m_position);
        m_position += qsizetype(sizeof(T));
        return value;
    }

    const QByteArray &m_bytes;
    qsizetype m_position = 0;
};

// Appends big-endian integers: the writing side of ByteReader.
inline void appendBigEndian(QByteArray &out, quint8 value)
{
    out.append(char(value));
}

inline void appendBigEndian(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

inline void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace foi::core
