// SPDX-License-Identifier: Apache-2.0
// StageWhereModel: "where is this stage?" for the secrets of a plan: which version holds the
// chosen stage on each, how many versions are newer than it, when it was created and how old it
// is. SortRole gives numbers, so a QSortFilterProxyModel puts the stragglers first. Read from the
// plan's snapshots: no extra call, no value.
#pragma once

#include "core/plan/stageplan.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace keystage::ui {

class StageWhereModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SecretColumn,
        VersionColumn,
        BehindColumn,
        CreatedColumn,
        AgeColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const StagePlan &plan);
    void setStage(const QString &stage);
    QString stage() const { return m_stage; }
    // Every stage found on the plan's secrets, SYSCURRENT and SYSPREVIOUS first.
    QStringList stages() const;
    void setNow(const QDateTime &now) { m_now = now; } // tests: a fixed "now"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString secret;
        QString version; // empty: no version holds the stage
        int behind = -1;
        qint64 created = 0;
    };
    void rebuild();

    StagePlan m_plan;
    QString m_stage;
    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace keystage::ui
