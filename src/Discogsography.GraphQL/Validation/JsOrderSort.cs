namespace Discogsography.GraphQL.Validation;

/// <summary>
/// Sorts a short list the way JavaScript engines sort arrays of fewer than 64 items (TimSort: take the leading run,
/// reversing it when strictly descending, then binary-insert the rest). The "Did you mean" type suggestions use a
/// comparison that is not a total order; sorting the same way keeps their order equal to graphql-js's.
/// </summary>
internal static class JsOrderSort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count < 2)
        {
            return;
        }

        int runLength = 2;
        bool descending = compare(items[1], items[0]) < 0;
        for (int i = 2; i < items.Count; i++)
        {
            int order = compare(items[i], items[i - 1]);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            runLength++;
        }

        if (descending)
        {
            items.Reverse(0, runLength);
        }

        for (int i = runLength; i < items.Count; i++)
        {
            T pivot = items[i];
            int left = 0;
            int right = i;
            while (left < right)
            {
                int middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            items.RemoveAt(i);
            items.Insert(left, pivot);
        }
    }
}
