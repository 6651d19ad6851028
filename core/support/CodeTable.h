#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace foi::core {

// A table of an enumeration's stable text codes, as the files and the CLI write them, and the
// two lookups over it: the code of a value (empty when the table lacks it) and the value of a
// code (none when no entry has it).
template<typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char16_t *>, N>;

template<typename Enum, std::size_t N> QString codeOf(const CodeTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, code] : table) {
        if (candidate == value)
            return QString::fromUtf16(code);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N> &table, QStringView code)
{
    for (const auto &[value, candidate] : table) {
        if (code == QStringView(candidate))
            return value;
    }
    return std::nullopt;
}

} // namespace foi::core
