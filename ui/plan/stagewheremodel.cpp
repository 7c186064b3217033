// SPDX-License-Identifier: Apache-2.0
#include "ui/plan/stagewheremodel.h"

#include <QLocale>

namespace keystage::ui {

void StageWhereModel::setPlan(const StagePlan &plan)
{
    m_plan = plan;
    if (m_stage.isEmpty())
        m_stage = plan.operation.stage.isEmpty() ? StageRules::current() : plan.operation.stage;
    rebuild();
}

void StageWhereModel::setStage(const QString &stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    rebuild();
}

QStringList StageWhereModel::stages() const
{
    QStringList all;
    for (const PlanRow &row : m_plan.rows) {
        for (const VersionMetadata &v : row.versions)
            all += v.versionStages;
    }
    all.removeDuplicates();
    all.removeAll(StageRules::current());
    all.removeAll(StageRules::previous());
    all.sort();
    return QStringList{StageRules::current(), StageRules::previous()} + all;
}

void StageWhereModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const PlanRow &row : std::as_const(m_plan.rows)) {
        if (row.status == PlanRow::Status::NotRead)
            continue;
        Row r;
        r.secret = row.secretName;
        r.version = row.holderOf(m_stage);
        if (!r.version.isEmpty()) {
            r.created = row.holderCreateTime(m_stage);
            const qint64 n = StageRules::versionNumber(r.version);
            r.behind = 0;
            for (const VersionMetadata &v : row.versions)
                r.behind += StageRules::versionNumber(v.id) > n ? 1 : 0;
        }
        m_rows.append(r);
    }
    endResetModel();
}

int StageWhereModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StageWhereModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageWhereModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const qint64 ageMs = r.created > 0 ? now.toMSecsSinceEpoch() - r.created : -1;
    if (role == SortRole) {
        switch (index.column()) {
        case SecretColumn:
            return r.secret;
        case VersionColumn:
            return StageRules::versionNumber(r.version);
        case BehindColumn:
            return r.behind;
        case CreatedColumn:
            return r.created;
        case AgeColumn:
            return ageMs;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SecretColumn:
        return r.secret;
    case VersionColumn:
        return r.version.isEmpty() ? tr("(none)") : r.version;
    case BehindColumn:
        if (r.behind < 0)
            return QString();
        return r.behind == 0 ? tr("newest") : tr("%n behind", nullptr, r.behind);
    case CreatedColumn:
        return r.created > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.created),
                                                  QLocale::ShortFormat)
                             : QString();
    case AgeColumn:
        if (ageMs < 0)
            return QString();
        if (ageMs < 3600 * 1000)
            return tr("%n min", nullptr, int(ageMs / 60000));
        if (ageMs < 48 * 3600 * 1000LL)
            return tr("%n h", nullptr, int(ageMs / 3600000));
        return tr("%n days", nullptr, int(ageMs / (24 * 3600000LL)));
    default:
        return {};
    }
}

QVariant StageWhereModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SecretColumn:
        return tr("Secret");
    case VersionColumn:
        return tr("Version");
    case BehindColumn:
        return tr("Newer versions");
    case CreatedColumn:
        return tr("Created");
    case AgeColumn:
        return tr("Age");
    default:
        return {};
    }
}

} // namespace keystage::ui
