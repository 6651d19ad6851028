#include "core/release/HiddenColumns.h"

#include <algorithm>

namespace foi::core {

void HiddenColumns::hide(qint64 first, qint64 last)
{
    first = std::max<qint64>(first, 1);
    last = std::min(last, maxColumn);
    if (m_sealed || first > last)
        return;
    m_ranges.append({first, last});
}

void HiddenColumns::seal()
{
    m_sealed = true;
    std::sort(m_ranges.begin(), m_ranges.end());
    qint64 covered = 0; // the last column already expanded
    for (const auto &[first, last] : std::as_const(m_ranges)) {
        for (qint64 column = std::max(first, covered + 1); column <= last; ++column)
            m_unseen.insert(m_unseen.end(), column);
        covered = std::max(covered, last);
    }
    m_ranges.clear();
}

void HiddenColumns::cellsHaveData(qint64 first, qint64 last)
{
    if (!m_sealed)
        seal();
    auto it = m_unseen.lower_bound(first);
    while (it != m_unseen.end() && *it <= last) {
        m_withData.append(*it);
        it = m_unseen.erase(it);
    }
}

} // namespace foi::core
