import java.io.*;
import java.util.*;

class WordFrequency {
    int n;

    WordFrequency(int n) {
        this.n = n;
    }

    List<String> report(String f) {
        String data = "";
        try {
            BufferedReader br = new BufferedReader(new FileReader(f));
            String l = br.readLine();
            while (l != null) {
                data = data + " " + l;
                l = br.readLine();
            }
            br.close();
        } catch (Exception e) {
        }
        HashMap<String, Integer> m = new HashMap<>();
        String tmp = "";
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (Character.isLetter(c) || c == '\'') {
                tmp = tmp + Character.toLowerCase(c);
            } else {
                if (tmp.length() > 0) {
                    if (m.containsKey(tmp)) {
                        m.put(tmp, m.get(tmp) + 1);
                    } else {
                        m.put(tmp, 1);
                    }
                }
                tmp = "";
            }
        }
        if (tmp.length() > 0) {
            if (m.containsKey(tmp)) {
                m.put(tmp, m.get(tmp) + 1);
            } else {
                m.put(tmp, 1);
            }
        }
        List<String> keys = new ArrayList<>(m.keySet());
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                if (m.get(b) > m.get(a) || (m.get(b).equals(m.get(a)) && b.compareTo(a) < 0)) {
                    keys.set(i, b);
                    keys.set(j, a);
                }
            }
        }
        List<String> res = new ArrayList<>();
        for (int i = 0; i < keys.size() && i < n; i++) {
            res.add(keys.get(i) + ": " + m.get(keys.get(i)));
        }
        return res;
    }
}
