"""The aid area («Мектепке жол»): children in need, aid given, sponsors, social passport."""
