// SPDX-License-Identifier: Apache-2.0
// VersionStageModel: the versions of one secret, newest first (id, created, expires, stages), with
// the stages as roles, and the secret's state and rotation (SecretTraits) for the rules.
//
// It never changes anything: every stage change goes through the StageEditor (the one door), and
// the model observes it. When the editor starts writing a change (any door: a drop, a key, the
// context menu, undo, redo) the model shows it as pending: the stage on its target in
// PendingStagesRole and on its holder in LeavingStagesRole (a created stage is only arriving, a
// deleted one only leaving). When the editor finishes, the rows show the versions it re-read;
// only when those are unknown does the model read them itself, once.
//
// Drag and drop: flags() (items are drag and drop enabled, the root accepts nothing; nothing while
// the secret's state refuses stage changes), mimeTypes(), stageMimeData(row, stage) (the payload
// of one chip) and canDropMimeData() (which rows accept a payload). The MIME type
// application/x-keystage-stage carries identifiers only, as compact JSON:
//   {"profile": <profile id>, "secret": <secret name>, "stage": <stage>, "version": <holder>}
// A drop must land on a row (not between rows) of the same profile and secret, on a version other
// than the holder, with a well-formed payload of a movable stage. dropMimeData() accepts nothing:
// the view hands a drop to the StageBoard, which submits it to the StageEditor.
#pragma once

#include "core/api/csmsclient.h"
#include "core/ops/stagechange.h"
#include "core/ops/stagerules.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <optional>

namespace keystage {

class StageEditor;

class VersionStageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, CreatedColumn, ExpiresColumn, StagesColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        VersionIdRole = Qt::UserRole + 1, // QString "v3"
        CreateTimeRole, // QDateTime
        ExpireTimeRole, // QDateTime, invalid when none
        StagesRole, // QStringList: the stages the server says this version holds
        PendingStagesRole, // QStringList: stages being moved here, not yet confirmed
        LeavingStagesRole, // QStringList: stages held here that are being moved away
        DeprecatedRole, // bool: the version holds no stage (CSMS may purge it)
    };
    Q_ENUM(Role)

    struct StagePayload
    {
        QString profileId;
        QString secretName;
        QString stage;
        QString holder;
    };

    static QString mimeType() { return QStringLiteral("application/x-keystage-stage"); }
    static QByteArray encodePayload(const StagePayload &payload);
    // nullopt for anything but a complete, well-formed payload.
    static std::optional<StagePayload> decodePayload(const QByteArray &bytes);

    // Observes `editor` (the ui's undo history shares it), or its own when null.
    explicit VersionStageModel(CsmsClient *client, StageEditor *editor = nullptr,
                               QObject *parent = nullptr);
    ~VersionStageModel() override;

    StageEditor *stageEditor() const { return m_editor; }
    QString secretName() const { return m_secret; }
    // Shows the versions of `secret` (empty: none) and loads them, and the secret's traits.
    void setSecret(const QString &secret);
    bool isLoading() const { return m_loadReply; }
    // The rows are the session's cached read of the secret, shown while it is read again.
    bool showsCached() const { return m_showsCached; }
    // The secret's state and rotation; state empty until the secret was read.
    SecretTraits secretTraits() const { return m_traits; }

    QList<VersionStages> snapshot() const; // for StageRules and StageEditor
    int rowOfVersion(const QString &versionId) const;
    QString holderOf(const QString &stage) const;
    int stageCount() const { return StageRules::stageCount(snapshot()); }
    bool isPending(const QString &stage) const { return m_pending.contains(stage); }
    bool hasPendingMoves() const { return !m_pending.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // ---- drag and drop ----
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override; // null: see stageMimeData
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QMimeData *stageMimeData(int row, const QString &stage) const; // caller owns; null if invalid

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void versionsLoaded();
    void loadFailed(const keystage::ApiError &error);
    void secretTraitsChanged();

private:
    struct VersionRow
    {
        QString id;
        qint64 createTime = 0;
        std::optional<qint64> expireTime;
        QStringList stages;
    };
    struct PendingMove
    {
        QString from;
        QString to;
    };

    void loadPage(const QString &marker, QList<VersionMetadata> collected);
    void applyVersions(const QList<VersionMetadata> &versions);
    void loadTraits();
    void onOperationStarted(const StageRequest &request);
    void onChangeWritten(const StageChange &change);
    void onOperationFinished(const StageOutcome &outcome);
    void emitRowChanged(const QString &versionId);
    int targetRow(int row, const QModelIndex &parent) const;
    QStringList pendingFor(const QString &versionId, bool arriving) const;

    QPointer<CsmsClient> m_client;
    StageEditor *m_editor = nullptr;
    QString m_secret;
    QList<VersionRow> m_rows;
    QHash<QString, PendingMove> m_pending; // stage -> move in flight
    QPointer<ApiReply> m_loadReply;
    QPointer<ApiReply> m_traitsReply;
    quint64 m_loadGeneration = 0; // the session cache's when the versions' read was sent
    bool m_showsCached = false;
    SecretTraits m_traits;
};

} // namespace keystage
