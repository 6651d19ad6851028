#pragma once

#include <QList>

#include <set>
#include <utility>

namespace foi::core {

// Which hidden columns of one sheet hold data, in time proportional to the cells read whatever
// the file declares: hidden ranges are merged and clamped to the widest sheet (16,384 columns,
// Excel's XFD and LibreOffice's limit), and each hidden column is struck off once data is seen
// in it. Both OOXML and ODF declare columns before the rows; ranges hidden after the first cell
// are ignored.
class HiddenColumns
{
public:
    static constexpr qint64 maxColumn = 16384;

    void hide(qint64 first, qint64 last);
    void cellsHaveData(qint64 first, qint64 last);
    QList<qint64> withData() const { return m_withData; }

private:
    void seal();

    QList<std::pair<qint64, qint64>> m_ranges;
    std::set<qint64> m_unseen;
    QList<qint64> m_withData;
    bool m_sealed = false;
};

} // namespace foi::core
