extension Array where Element: Comparable {
    /// Whether a sorted array holds a value, by binary search. For the dates of a long site's days, looked up once
    /// each at start: building a `Set` hashed 1,100 dates, which cost more than the lookups it saved.
    func sortedContains(_ value: Element) -> Bool {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
