// SPDX-License-Identifier: Apache-2.0
#include "ui/plan/planmodel.h"

#include <QTimer>

namespace keystage::ui {

PlanModel::PlanModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_changeTimer(new QTimer(this))
{
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(16); // a frame
    connect(m_changeTimer, &QTimer::timeout, this, &PlanModel::emitChanged);
}

void PlanModel::noteChanged(int row)
{
    m_changedFirst = m_changedFirst < 0 ? row : qMin(m_changedFirst, row);
    m_changedLast = qMax(m_changedLast, row);
    if (!m_changeTimer->isActive())
        m_changeTimer->start();
}

void PlanModel::emitChanged()
{
    if (m_changedFirst < 0)
        return;
    const int first = m_changedFirst;
    const int last = qMin(m_changedLast, rowCount() - 1);
    m_changedFirst = m_changedLast = -1;
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void PlanModel::setPlan(const StagePlan &plan)
{
    m_changeTimer->stop();
    m_changedFirst = m_changedLast = -1;
    beginResetModel();
    m_plan = plan;
    m_results = QList<std::optional<PlanResult>>(plan.rows.size());
    endResetModel();
}

void PlanModel::setRow(int index, const PlanRow &row)
{
    if (index < 0 || index >= m_plan.rows.size())
        return;
    m_plan.rows[index] = row;
    noteChanged(index);
}

void PlanModel::setResult(int index, const PlanResult &result)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index] = result;
    noteChanged(index);
}

void PlanModel::setResults(const QList<PlanResult> &results)
{
    const int n = int(qMin(results.size(), m_results.size()));
    for (int i = 0; i < n; ++i)
        m_results[i] = results.at(i);
    if (n > 0)
        Q_EMIT dataChanged(index(0, ResultColumn), index(n - 1, RequestColumn));
}

void PlanModel::clearResults()
{
    if (m_results.isEmpty())
        return;
    m_results = QList<std::optional<PlanResult>>(m_plan.rows.size());
    Q_EMIT dataChanged(index(0, ResultColumn), index(rowCount() - 1, RequestColumn));
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanModel::nowText(const PlanRow &row) const
{
    QStringList parts;
    if (row.isPlanned()) {
        for (const PlannedMove &m : row.moves)
            parts.append(m.from.isEmpty() ? tr("%1: none").arg(m.stage)
                                          : tr("%1 on %2").arg(m.stage, m.from));
        return parts.join(QStringLiteral(", "));
    }
    const QString stage = m_plan.operation.stage;
    if (stage.isEmpty() || row.status == PlanRow::Status::NotRead)
        return {};
    const QString holder = row.holderOf(stage);
    return holder.isEmpty() ? tr("%1: none").arg(stage) : tr("%1 on %2").arg(stage, holder);
}

QString PlanModel::afterText(const PlanRow &row) const
{
    if (!row.isPlanned())
        return row.reason;
    QStringList parts;
    for (const PlannedMove &m : row.moves)
        parts.append(m.to.isEmpty() ? tr("%1 deleted").arg(m.stage)
                                    : tr("%1 → %2").arg(m.stage, m.to));
    return parts.join(QStringLiteral(", "));
}

QString PlanModel::resultText(int index) const
{
    const PlanRow &row = m_plan.rows.at(index);
    if (const std::optional<PlanResult> &r = m_results.at(index); r && row.isPlanned())
        return r->statusText();
    switch (row.status) {
    case PlanRow::Status::Planned:
        return tr("Planned");
    case PlanRow::Status::NothingToDo:
        return tr("Nothing to do");
    case PlanRow::Status::CannotDo:
        return tr("Cannot be done");
    case PlanRow::Status::NotRead:
        return tr("Not read");
    }
    return {};
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.rows.size())
        return {};
    const PlanRow &row = m_plan.rows.at(index.row());
    const std::optional<PlanResult> &result = m_results.at(index.row());
    if (role == RowStatusRole)
        return int(row.status);
    if (role == ResultStatusRole)
        return result ? int(result->status) : -1;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SecretColumn:
        return row.secretName;
    case NowColumn:
        return nowText(row);
    case AfterColumn:
        return afterText(row);
    case RisksColumn: {
        const QStringList risks = row.isPlanned() ? row.riskTexts() : QStringList();
        return role == Qt::ToolTipRole ? risks.join(QLatin1Char('\n'))
                                       : risks.join(QStringLiteral(" · "));
    }
    case ResultColumn:
        if (role == Qt::ToolTipRole && result && !result->detail.isEmpty())
            return result->detail;
        return resultText(index.row());
    case RequestColumn:
        if (result)
            return result->requestId;
        return row.readError ? row.readError->requestId : QString();
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SecretColumn:
        return tr("Secret");
    case NowColumn:
        return tr("Now");
    case AfterColumn:
        return tr("After");
    case RisksColumn:
        return tr("Risks");
    case ResultColumn:
        return tr("Result");
    case RequestColumn:
        return tr("Request id");
    default:
        return {};
    }
}

} // namespace keystage::ui
