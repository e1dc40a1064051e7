#pragma once
// The message browser's table: one row per record of a page the runtime read, loaded page by page as
// the view scrolls (canFetchMore/fetchMore), and never more than kMaxRows rows: past that the user
// seeks. The model asks for pages through a callback and gets them with addPage.
#include <QAbstractTableModel>
#include <functional>
#include <vector>

#include "api/records.h"

namespace ks::ui {

class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Offset, Timestamp, Key, Value, Headers, Size, Replicas, Committed, GroupsPast, ColumnCount };
    static constexpr int kMaxRows = 20000;

    explicit RecordTableModel(QObject* parent = nullptr);

    // Called by fetchMore with the offset the next page starts at.
    void setPageRequester(std::function<void(ks::Offset)> requester) { requester_ = std::move(requester); }

    // A new read (a seek): the rows are replaced. A following page (from fetchMore): appended.
    void resetTo(const RecordPage& page);
    void appendPage(const RecordPage& page);
    void clear();

    const BrowsedRecord& record(int row) const { return records_[static_cast<std::size_t>(row)]; }
    const TopicPartition& partition() const { return tp_; }
    bool waiting() const { return waiting_; }
    ks::Offset nextOffset() const { return next_; }
    bool atEnd() const { return atEnd_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    std::vector<BrowsedRecord> records_;
    TopicPartition tp_;
    ks::Offset next_ = 0;
    bool atEnd_ = true;
    bool waiting_ = false;
    std::function<void(ks::Offset)> requester_;
};

}  // namespace ks::ui
